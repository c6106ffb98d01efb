package dev.condor.api.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.condor.api.error.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskPolicyRequestTest {

  @Test
  void copiesItsSettings() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("percentOfCredit", 50);
    RiskPolicyRequest r = RiskPolicyRequest.of("profit-target", settings);
    settings.put("percentOfCredit", 75);
    assertEquals(Map.of("percentOfCredit", 50), r.settings());
    assertEquals("profit-target", r.policyId());
  }

  @Test
  void needsALowerCaseId() {
    for (String bad : new String[] {"Profit-Target", "profit target", "-stop", "", "9lives"}) {
      assertEquals("policyId", assertThrows(InvalidValueException.class,
          () -> RiskPolicyRequest.of(bad, Map.of()), bad).field());
    }
  }
}
