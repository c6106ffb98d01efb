package dev.condor.core.broker.paper;

import dev.condor.api.Experimental;
import dev.condor.api.error.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * The paper broker's validated settings: starting cash, commission and fees per contract, the fill
 * model with its slippage, and an optional cap on units filled per check.
 *
 * <p>Defaults: 100,000 dollars of cash; 0.65 dollars commission per contract (tastytrade's and
 * IBKR's order of magnitude) plus 0 of per-contract fees (set exchange and regulatory fees, e.g.
 * 0.10, in {@code feesPerContract}); the {@link FillModel#MID} fill model giving up {@value
 * #DEFAULT_MID_SLIPPAGE} points per unit (liquid SPX combos trade near the mid, and a strategy that
 * prices at mid − 0.05, as S0 does, would never fill under the pessimistic NATURAL model, which
 * remains one setting away and takes no slippage); no partial fills. Commission and fees are charged per contract on every fill, opening and
 * closing alike (an iron condor of 2 units pays for 8 contracts); expiry settlement is free.
 */
@Experimental(since = "0.1")
public final class PaperBrokerConfig {

  /** The default slippage of the mid fill model: a nickel per unit. */
  public static final double DEFAULT_MID_SLIPPAGE = 0.05;

  /** The default starting cash, in dollars. */
  public static final double DEFAULT_STARTING_CASH = 100_000;
  /** The default commission per contract, in dollars. */
  public static final double DEFAULT_COMMISSION_PER_CONTRACT = 0.65;
  /** The default account id reported by {@link PaperBroker#account()}. */
  public static final String DEFAULT_ACCOUNT_ID = "PAPER";

  private final String accountId;
  private final double startingCash;
  private final double commissionPerContract;
  private final double feesPerContract;
  private final FillModel fillModel;
  private final double slippage;
  private final int maxUnitsPerFill;

  private PaperBrokerConfig(Builder b) {
    this.accountId = b.accountId;
    this.startingCash = b.startingCash;
    this.commissionPerContract = b.commissionPerContract;
    this.feesPerContract = b.feesPerContract;
    this.fillModel = b.fillModel;
    this.slippage = b.slippage;
    this.maxUnitsPerFill = b.maxUnitsPerFill;
  }

  /** Every default. */
  public static PaperBrokerConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The account id the broker reports. */
  public String accountId() {
    return accountId;
  }

  /** Cash at the start, in dollars. */
  public double startingCash() {
    return startingCash;
  }

  /** Commission per contract filled, in dollars. */
  public double commissionPerContract() {
    return commissionPerContract;
  }

  /** Exchange and regulatory fees per contract filled, in dollars. */
  public double feesPerContract() {
    return feesPerContract;
  }

  /** Commission plus fees per contract filled, in dollars. */
  public double costPerContract() {
    return commissionPerContract + feesPerContract;
  }

  /** How fills are priced. */
  public FillModel fillModel() {
    return fillModel;
  }

  /** Points per unit given up against the mid under {@link FillModel#MID}; 0 under NATURAL. */
  public double slippage() {
    return slippage;
  }

  /** The most units one check fills, or 0 for no limit (whole orders fill at once). */
  public int maxUnitsPerFill() {
    return maxUnitsPerFill;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PaperBrokerConfig)) {
      return false;
    }
    PaperBrokerConfig c = (PaperBrokerConfig) o;
    return accountId.equals(c.accountId) && startingCash == c.startingCash
        && commissionPerContract == c.commissionPerContract && feesPerContract == c.feesPerContract
        && fillModel == c.fillModel && slippage == c.slippage
        && maxUnitsPerFill == c.maxUnitsPerFill;
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId, startingCash, commissionPerContract, feesPerContract, fillModel,
        slippage, maxUnitsPerFill);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "PaperBrokerConfig[account=%s, startingCash=%.2f, commissionPerContract=%.2f,"
            + " feesPerContract=%.2f, fillModel=%s, slippage=%.4f, maxUnitsPerFill=%s]",
        accountId, startingCash, commissionPerContract, feesPerContract, fillModel, slippage,
        maxUnitsPerFill == 0 ? "unlimited" : Integer.toString(maxUnitsPerFill));
  }

  /** Builds a {@link PaperBrokerConfig}, validating every value in {@link #build()}. */
  @Experimental(since = "0.1")
  public static final class Builder {
    private String accountId = DEFAULT_ACCOUNT_ID;
    private double startingCash = DEFAULT_STARTING_CASH;
    private double commissionPerContract = DEFAULT_COMMISSION_PER_CONTRACT;
    private double feesPerContract = 0;
    private FillModel fillModel = FillModel.MID;
    private Double slippage;
    private int maxUnitsPerFill = 0;

    private Builder() {}

    /** The account id (default {@value PaperBrokerConfig#DEFAULT_ACCOUNT_ID}). */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /** Cash at the start, in dollars (default 100,000). */
    public Builder startingCash(double startingCash) {
      this.startingCash = startingCash;
      return this;
    }

    /** Commission per contract, in dollars (default 0.65). */
    public Builder commissionPerContract(double commissionPerContract) {
      this.commissionPerContract = commissionPerContract;
      return this;
    }

    /** Fees per contract on top of the commission, in dollars (default 0). */
    public Builder feesPerContract(double feesPerContract) {
      this.feesPerContract = feesPerContract;
      return this;
    }

    /** The fill model (default NATURAL). */
    public Builder fillModel(FillModel fillModel) {
      this.fillModel = fillModel;
      return this;
    }

    /** Slippage against the mid, in points per unit (default 0; MID model only). */
    public Builder slippage(double slippage) {
      this.slippage = slippage;
      return this;
    }

    /** The most units filled per check, 0 for no limit (default 0). */
    public Builder maxUnitsPerFill(int maxUnitsPerFill) {
      this.maxUnitsPerFill = maxUnitsPerFill;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws InvalidValueException naming the first value that breaks its rule
     */
    public PaperBrokerConfig build() {
      if (accountId == null || !accountId.matches("[A-Za-z0-9._-]{1,32}")) {
        throw new InvalidValueException("accountId", accountId,
            "must be 1-32 letters, digits, '.', '_' or '-'");
      }
      nonNegative("startingCash", startingCash);
      nonNegative("commissionPerContract", commissionPerContract);
      nonNegative("feesPerContract", feesPerContract);
      if (fillModel == null) {
        throw new InvalidValueException("fillModel", null, "is required: natural or mid");
      }
      if (slippage == null) {
        slippage = fillModel == FillModel.MID ? DEFAULT_MID_SLIPPAGE : 0;
      }
      nonNegative("slippage", slippage);
      if (slippage > 0 && fillModel != FillModel.MID) {
        // Slippage is measured from the mid; silently ignoring it would hide a misconfiguration.
        throw new InvalidValueException("slippage", slippage,
            "applies to the mid fill model only; set fillModel to mid or slippage to 0");
      }
      if (maxUnitsPerFill < 0) {
        throw new InvalidValueException("maxUnitsPerFill", maxUnitsPerFill,
            "must be >= 1, or 0 for whole orders");
      }
      return new PaperBrokerConfig(this);
    }

    private static void nonNegative(String field, double value) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new InvalidValueException(field, value, "must be a finite amount >= 0");
      }
    }
  }
}
