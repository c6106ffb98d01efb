/** Build-time support for the API's value types; not exported, nothing here exists at run time. */
package dev.condor.api.internal;
