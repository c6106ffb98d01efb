package dev.condor.api.order;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionRight;
import java.util.ArrayList;
import java.util.List;

/** The shape each {@link Structure} requires of its legs, checked when a ticket is built. */
final class StructureRules {
  private StructureRules() {}

  static void check(Structure structure, List<Leg> legs) {
    switch (structure) {
      case SINGLE:
        count(structure, legs, 1);
        break;
      case VERTICAL:
        count(structure, legs, 2);
        sameExpiry(structure, legs);
        checkVertical(structure, legs.get(0), legs.get(1));
        break;
      case IRON_CONDOR:
        count(structure, legs, 4);
        sameExpiry(structure, legs);
        checkIronCondor(legs);
        break;
      case STRANGLE:
        count(structure, legs, 2);
        sameExpiry(structure, legs);
        checkStrangle(legs.get(0), legs.get(1));
        break;
      case CUSTOM:
      default:
        break;
    }
  }

  private static void count(Structure structure, List<Leg> legs, int expected) {
    if (legs.size() != expected) {
      throw new InvalidValueException("legs", legs,
          "a " + structure + " has " + expected + " leg(s), found " + legs.size());
    }
  }

  private static void sameExpiry(Structure structure, List<Leg> legs) {
    for (Leg leg : legs) {
      if (!leg.contract().expiry().equals(legs.get(0).contract().expiry())) {
        throw new InvalidValueException("legs", legs,
            "a " + structure + " needs every leg in one expiry, found "
                + legs.get(0).contract().expiry() + " and " + leg.contract().expiry());
      }
    }
  }

  private static void checkVertical(Structure structure, Leg a, Leg b) {
    List<Leg> pair = List.of(a, b);
    if (a.contract().right() != b.contract().right()) {
      throw new InvalidValueException("legs", pair,
          "a " + structure + " needs two calls or two puts");
    }
    if (a.side() == b.side()) {
      throw new InvalidValueException("legs", pair,
          "a " + structure + " buys one leg and sells the other");
    }
    if (a.contract().strike() == b.contract().strike()) {
      throw new InvalidValueException("legs", pair,
          "a " + structure + " needs two different strikes");
    }
    if (a.ratio() != b.ratio()) {
      throw new InvalidValueException("legs", pair,
          "a " + structure + " needs equal ratios (use CUSTOM for ratio spreads)");
    }
  }

  private static void checkIronCondor(List<Leg> legs) {
    List<Leg> puts = new ArrayList<>(2);
    List<Leg> calls = new ArrayList<>(2);
    for (Leg leg : legs) {
      (leg.contract().right() == OptionRight.PUT ? puts : calls).add(leg);
    }
    if (puts.size() != 2 || calls.size() != 2) {
      throw new InvalidValueException("legs", legs, "an IRON_CONDOR has two puts and two calls");
    }
    checkVertical(Structure.IRON_CONDOR, puts.get(0), puts.get(1));
    checkVertical(Structure.IRON_CONDOR, calls.get(0), calls.get(1));
    Leg innerPut = higher(puts);
    Leg innerCall = lower(calls);
    if (innerPut.contract().strike() > innerCall.contract().strike()) {
      throw new InvalidValueException("legs", legs,
          "an IRON_CONDOR needs its put spread below its call spread, found put strike "
              + innerPut.contract().strike() + " above call strike " + innerCall.contract().strike());
    }
    if (innerPut.side() != innerCall.side()) {
      throw new InvalidValueException("legs", legs,
          "an IRON_CONDOR sells (or buys) both inner strikes and does the opposite with the wings");
    }
  }

  private static void checkStrangle(Leg a, Leg b) {
    List<Leg> pair = List.of(a, b);
    if (a.contract().right() == b.contract().right()) {
      throw new InvalidValueException("legs", pair, "a STRANGLE has one put and one call");
    }
    if (a.side() != b.side()) {
      throw new InvalidValueException("legs", pair, "a STRANGLE buys or sells both legs");
    }
    Leg put = a.contract().right() == OptionRight.PUT ? a : b;
    Leg call = put == a ? b : a;
    if (put.contract().strike() > call.contract().strike()) {
      throw new InvalidValueException("legs", pair,
          "a STRANGLE needs the put strike at or below the call strike");
    }
  }

  private static Leg higher(List<Leg> two) {
    return two.get(0).contract().strike() > two.get(1).contract().strike() ? two.get(0) : two.get(1);
  }

  private static Leg lower(List<Leg> two) {
    return two.get(0).contract().strike() < two.get(1).contract().strike() ? two.get(0) : two.get(1);
  }
}
