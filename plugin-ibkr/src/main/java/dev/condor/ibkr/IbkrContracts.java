package dev.condor.ibkr;

import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.ibkr.IbkrGateway.Call;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds IBKR contract ids the way the gateway requires, in order: the underlying's conid from
 * {@code /iserver/secdef/search}, the month's strikes from {@code /iserver/secdef/strikes}, then
 * the option's conid from {@code /iserver/secdef/info}, choosing the expiry date and the trading
 * class (SPX monthly vs SPXW). Every answer is cached both ways for the broker's life.
 */
final class IbkrContracts {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMyy", Locale.ROOT);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  /** The OCC symbol IBKR prints in brackets in a position's description. */
  private static final Pattern OCC_IN_DESCRIPTION =
      Pattern.compile("\\[([A-Z][A-Z0-9]{0,5}\\s*\\d{6}[CP]\\d{8})");

  private final IbkrGateway gateway;
  private final Map<String, String> underlyingConids = new ConcurrentHashMap<>();
  private final Map<String, List<Double>> strikes = new ConcurrentHashMap<>();
  private final Map<OptionContract, Long> conids = new ConcurrentHashMap<>();
  private final Map<Long, OptionContract> contracts = new ConcurrentHashMap<>();

  IbkrContracts(IbkrGateway gateway) {
    this.gateway = gateway;
  }

  /** The option's conid. */
  long conid(OptionContract contract) {
    Long cached = conids.get(contract);
    if (cached != null) {
      return cached;
    }
    String underlying = underlyingConid(contract.underlying());
    String month = contract.expiry().format(MONTH).toUpperCase(Locale.ROOT);
    String right = contract.isCall() ? "C" : "P";
    String strike = plain(contract.strike());
    // the gateway answers secdef/info only after the month's strikes were asked for; the info
    // answer, not the strike list, decides whether the contract exists
    strikes.computeIfAbsent(underlying + "|" + month + "|" + right,
        k -> listedStrikes(underlying, month, contract.right()));
    String path = "/iserver/secdef/info?conid=" + underlying + "&sectype=OPT&month=" + month
        + "&strike=" + strike + "&right=" + right;
    Call call = Call.get(path, "GET /iserver/secdef/info");
    String day = contract.expiry().format(DAY);
    for (Wire.SecdefInfo info : gateway.callList(call, Wire.SecdefInfo.class)) {
      if (day.equals(info.maturityDate()) && contract.root().equalsIgnoreCase(info.tradingClass())
          && info.conid() != null) {
        long conid = parseConid(call, info.conid());
        remember(contract, conid);
        return conid;
      }
    }
    throw notListed(contract, "no " + contract.root() + " " + right + " " + strike
        + " expiring " + contract.expiry());
  }

  /** The contract of a conid this broker resolved or saw, if any. */
  Optional<OptionContract> contract(long conid) {
    return Optional.ofNullable(contracts.get(conid));
  }

  /**
   * The contract of a position row: a conid seen before, the OCC symbol IBKR prints in brackets
   * in the description, or {@code /iserver/contract/{conid}/info}'s local symbol.
   */
  OptionContract contractOf(long conid, String description) {
    OptionContract known = contracts.get(conid);
    if (known != null) {
      return known;
    }
    if (description != null) {
      Matcher m = OCC_IN_DESCRIPTION.matcher(description);
      if (m.find()) {
        OptionContract parsed = OptionContract.parseOcc(m.group(1));
        remember(parsed, conid);
        return parsed;
      }
    }
    Call call = Call.get("/iserver/contract/" + conid + "/info", "GET /iserver/contract/{conid}/info");
    Wire.ContractInfo info = gateway.call(call, Wire.ContractInfo.class);
    if (info == null || info.localSymbol() == null) {
      throw IbkrGateway.malformed(call, "no local_symbol for an option position", null);
    }
    try {
      OptionContract parsed = OptionContract.parseOcc(info.localSymbol());
      remember(parsed, conid);
      return parsed;
    } catch (RuntimeException e) {
      throw IbkrGateway.malformed(call, "local_symbol is not an OCC option symbol", e);
    }
  }

  private void remember(OptionContract contract, long conid) {
    conids.put(contract, conid);
    contracts.put(conid, contract);
  }

  private String underlyingConid(Underlying underlying) {
    return underlyingConids.computeIfAbsent(underlying.symbol(), symbol -> {
      Call call = Call.get("/iserver/secdef/search?symbol="
          + URLEncoder.encode(symbol, StandardCharsets.UTF_8), "GET /iserver/secdef/search");
      List<Wire.SearchResult> results = gateway.callList(call, Wire.SearchResult.class);
      for (Wire.SearchResult r : results) {
        if (symbol.equalsIgnoreCase(r.symbol()) && r.conid() != null && hasOptions(r)) {
          return String.valueOf(parseConid(call, r.conid()));
        }
      }
      throw BrokerException.of(BrokerException.Kind.NOT_FOUND, IbkrBrokerProvider.ID)
          .operation(call.operation())
          .venueMessage("no " + symbol + " with listed options in the search results").build();
    });
  }

  private static boolean hasOptions(Wire.SearchResult r) {
    return r.sections() != null
        && r.sections().stream().anyMatch(s -> "OPT".equalsIgnoreCase(s.secType()));
  }

  private List<Double> listedStrikes(String underlying, String month, OptionRight right) {
    Call call = Call.get("/iserver/secdef/strikes?conid=" + underlying + "&sectype=OPT&month="
        + month, "GET /iserver/secdef/strikes");
    Wire.Strikes s = gateway.call(call, Wire.Strikes.class);
    if (s == null) {
      throw IbkrGateway.malformed(call, "no strikes object", null);
    }
    List<Double> list = right == OptionRight.CALL ? s.call() : s.put();
    return list == null ? List.of() : List.copyOf(list);
  }

  private static long parseConid(Call call, String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw IbkrGateway.malformed(call, "conid is not a number", e);
    }
  }

  private static BrokerException notListed(OptionContract contract, String what) {
    return BrokerException.of(BrokerException.Kind.NOT_FOUND, IbkrBrokerProvider.ID)
        .operation("resolve " + contract).venueMessage(what).build();
  }

  /** A strike as IBKR's query expects it: {@code 5800}, {@code 5802.5}. */
  static String plain(double strike) {
    return BigDecimal.valueOf(strike).stripTrailingZeros().toPlainString();
  }
}
