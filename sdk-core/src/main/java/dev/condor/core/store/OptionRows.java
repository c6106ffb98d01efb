package dev.condor.core.store;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.market.DataOrigin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growable, columnar buffer of option quotes for one underlying and one trading day, as an
 * importer produces them and the {@link HistoricalStore} writes them: one primitive array per
 * column, no object per row. Prices a source lacks are {@code NaN}; counts it lacks are {@code -1}.
 *
 * <p>Not thread-safe: one importer fills one buffer.
 */
public final class OptionRows {

  private int size;
  private long[] time = new long[256];
  private String[] root = new String[256];
  private int[] expiry = new int[256];
  private double[] strike = new double[256];
  private byte[] right = new byte[256];
  private double[] bid = new double[256];
  private double[] ask = new double[256];
  private double[] last = new double[256];
  private long[] volume = new long[256];
  private long[] openInterest = new long[256];
  private double[] iv = new double[256];
  private double[] delta = new double[256];
  private double[] gamma = new double[256];
  private double[] theta = new double[256];
  private double[] vega = new double[256];
  private double[] underlyingPrice = new double[256];
  private byte[] origin = new byte[256];

  /** One quote; strings are interned so a day's roots share one instance each. */
  public void add(Instant at, String optionRoot, LocalDate expiryDate, double strikePrice,
      OptionRight optionRight, double bidPrice, double askPrice, double lastPrice, long volumeCount,
      long openInterestCount, double impliedVolatility, double deltaValue, double gammaValue,
      double thetaValue, double vegaValue, double underlying, DataOrigin dataOrigin) {
    if (size == time.length) {
      grow();
    }
    int i = size++;
    time[i] = at.getEpochSecond();
    root[i] = optionRoot.intern();
    expiry[i] = (int) expiryDate.toEpochDay();
    strike[i] = strikePrice;
    right[i] = (byte) optionRight.ordinal();
    bid[i] = bidPrice;
    ask[i] = askPrice;
    last[i] = lastPrice;
    volume[i] = volumeCount;
    openInterest[i] = openInterestCount;
    iv[i] = impliedVolatility;
    delta[i] = deltaValue;
    gamma[i] = gammaValue;
    theta[i] = thetaValue;
    vega[i] = vegaValue;
    underlyingPrice[i] = underlying;
    origin[i] = (byte) dataOrigin.ordinal();
  }

  /** Appends every row of {@code other} (two files' quotes of one day). */
  public void addAll(OptionRows other) {
    for (int i = 0; i < other.size; i++) {
      add(Instant.ofEpochSecond(other.time[i]), other.root[i],
          LocalDate.ofEpochDay(other.expiry[i]), other.strike[i], other.right(i), other.bid[i],
          other.ask[i], other.last[i], other.volume[i], other.openInterest[i], other.iv[i],
          other.delta[i], other.gamma[i], other.theta[i], other.vega[i], other.underlyingPrice[i],
          other.origin(i));
    }
  }

  private void grow() {
    int n = time.length * 2;
    time = Arrays.copyOf(time, n);
    root = Arrays.copyOf(root, n);
    expiry = Arrays.copyOf(expiry, n);
    strike = Arrays.copyOf(strike, n);
    right = Arrays.copyOf(right, n);
    bid = Arrays.copyOf(bid, n);
    ask = Arrays.copyOf(ask, n);
    last = Arrays.copyOf(last, n);
    volume = Arrays.copyOf(volume, n);
    openInterest = Arrays.copyOf(openInterest, n);
    iv = Arrays.copyOf(iv, n);
    delta = Arrays.copyOf(delta, n);
    gamma = Arrays.copyOf(gamma, n);
    theta = Arrays.copyOf(theta, n);
    vega = Arrays.copyOf(vega, n);
    underlyingPrice = Arrays.copyOf(underlyingPrice, n);
    origin = Arrays.copyOf(origin, n);
  }

  /** How many quotes the buffer holds. */
  public int size() {
    return size;
  }

  /** Row {@code i}'s quote time, in epoch seconds. */
  public long epochSecond(int i) {
    return time[i];
  }

  /** Row {@code i}'s option root (SPX, SPXW, QQQ...). */
  public String root(int i) {
    return root[i];
  }

  /** Row {@code i}'s expiry, as an epoch day. */
  public int expiryEpochDay(int i) {
    return expiry[i];
  }

  /** Row {@code i}'s strike. */
  public double strike(int i) {
    return strike[i];
  }

  /** Row {@code i}'s right. */
  public OptionRight right(int i) {
    return OptionRight.values()[right[i]];
  }

  /** Row {@code i}'s bid. */
  public double bid(int i) {
    return bid[i];
  }

  /** Row {@code i}'s ask. */
  public double ask(int i) {
    return ask[i];
  }

  /** Row {@code i}'s last sale, or NaN. */
  public double last(int i) {
    return last[i];
  }

  /** Row {@code i}'s volume, or -1. */
  public long volume(int i) {
    return volume[i];
  }

  /** Row {@code i}'s open interest, or -1. */
  public long openInterest(int i) {
    return openInterest[i];
  }

  /** Row {@code i}'s implied volatility (a fraction: 0.15 for 15 %), or NaN. */
  public double impliedVolatility(int i) {
    return iv[i];
  }

  /** Row {@code i}'s delta, or NaN. */
  public double delta(int i) {
    return delta[i];
  }

  /** Row {@code i}'s gamma, or NaN. */
  public double gamma(int i) {
    return gamma[i];
  }

  /** Row {@code i}'s theta (per day), or NaN. */
  public double theta(int i) {
    return theta[i];
  }

  /** Row {@code i}'s vega (per vol point), or NaN. */
  public double vega(int i) {
    return vega[i];
  }

  /** Row {@code i}'s underlying price at the quote's time, or NaN. */
  public double underlyingPrice(int i) {
    return underlyingPrice[i];
  }

  /** Row {@code i}'s origin: observed at a venue or estimated. */
  public DataOrigin origin(int i) {
    return DataOrigin.values()[origin[i]];
  }
}
