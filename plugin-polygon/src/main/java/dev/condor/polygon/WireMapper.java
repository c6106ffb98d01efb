package dev.condor.polygon;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import java.time.Duration;
import java.time.Instant;
import org.mapstruct.Mapper;

/**
 * Turns Polygon's wire records into Condor's API values. Every rule here needs a field check with
 * the field's name for the error, so the methods are written out; MapStruct supplies the instance.
 * A missing field throws {@link MissingField}, which the caller reports as a malformed response
 * naming the endpoint.
 */
@Mapper
interface WireMapper {

  /** The only instance; MapStruct generates {@code WireMapperImpl} at compile time. */
  WireMapper INSTANCE = new WireMapperImpl();

  /** One aggregate as an observed bar; {@code t} is the bar's start in epoch milliseconds. */
  default Bar bar(Wire.Agg a, String symbol, Duration interval, int index) {
    String at = "results[" + index + "].";
    return Bar.builder()
        .symbol(symbol)
        .start(Instant.ofEpochMilli(require(a.t(), at + "t")))
        .interval(interval)
        .open(require(a.o(), at + "o"))
        .high(require(a.h(), at + "h"))
        .low(require(a.l(), at + "l"))
        .close(require(a.c(), at + "c"))
        // indices have no volume; options and stocks send it, sometimes as a decimal
        .volume(a.v() == null ? 0 : Math.round(a.v()))
        .origin(DataOrigin.OBSERVED)
        .build();
  }

  /** One listed contract, read from its Polygon ticker. */
  default OptionContract contract(Wire.ContractRow row, int index) {
    return OptionContract.parsePolygon(require(row.ticker(), "results[" + index + "].ticker"));
  }

  private static <T> T require(T value, String field) {
    if (value == null) {
      throw new MissingField(field);
    }
    return value;
  }

  /** A required field was absent. */
  final class MissingField extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingField(String field) {
      super(field, null, false, false);
    }

    String field() {
      return getMessage();
    }
  }
}
