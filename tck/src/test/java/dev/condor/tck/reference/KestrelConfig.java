package dev.condor.tck.reference;

import java.net.URI;
import java.time.Duration;

/**
 * The reference plugin's validated configuration.
 *
 * @param baseUrl the venue's REST root
 * @param accountNumber the account traded
 * @param username the login name (not a secret)
 * @param requestTimeout how long one request may take
 * @param maxRetryAfter the longest {@code Retry-After} waited for before retrying; longer fails
 */
record KestrelConfig(URI baseUrl, String accountNumber, String username, Duration requestTimeout,
    Duration maxRetryAfter) {}
