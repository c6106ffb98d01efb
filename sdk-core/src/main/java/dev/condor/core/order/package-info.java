/**
 * Orders as the engine follows them: journalled before they leave, placed once, looked up (never
 * resent) when their outcome is unknown, and their fills booked once by id.
 */
package dev.condor.core.order;
