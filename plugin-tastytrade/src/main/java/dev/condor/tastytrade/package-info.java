/**
 * The tastytrade broker plugin: {@link dev.condor.tastytrade.TastytradeBrokerProvider} (id {@code
 * "tastytrade"}) makes a {@link dev.condor.tastytrade.TastytradeBroker} over tastytrade's REST API.
 *
 * <p>Authentication is OAuth2 only: the refresh token and client secret (secrets, never settings)
 * mint 15-minute access tokens at {@code POST /oauth/token}; a token is kept in an owner-only file
 * between runs and refreshed before it expires. Orders go to {@code /accounts/{account}/orders}
 * (with {@code /dry-run} for previews) as multi-leg {@code Equity Option} orders whose {@code
 * external-identifier} is the caller's client order id. The venue's JSON stays inside the plugin
 * (package {@code wire}, not exported): a MapStruct mapper turns it into API values.
 */
package dev.condor.tastytrade;
