/**
 * Configuration and secrets: YAML files layered under environment variables and code, every error
 * naming its key; secrets from the environment or an owner-only file, never from configuration.
 */
package dev.condor.core.config;
