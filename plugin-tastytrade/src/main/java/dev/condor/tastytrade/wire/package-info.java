/**
 * tastytrade's wire protocol, internal to the plugin (not exported): the venue's JSON documents as
 * package-private records ({@code Wire}), the MapStruct mapper to Condor's API values ({@code
 * WireMapper}), the OAuth2 session with its error and retry rules ({@code VenueSession}), the
 * owner-only state files, and {@link dev.condor.tastytrade.wire.TastytradeApi}, the blocking
 * endpoint calls the broker adapter runs on its worker threads.
 */
package dev.condor.tastytrade.wire;
