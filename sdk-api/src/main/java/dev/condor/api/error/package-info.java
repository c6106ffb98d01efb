/**
 * The API's unchecked exceptions, one small hierarchy under {@link
 * dev.condor.api.error.CondorException}.
 *
 * <p>Each carries a stable diagnostic code. {@link dev.condor.api.error.InvalidValueException}
 * is thrown where a value is built from bad input and names the field, the value and the rule;
 * {@link dev.condor.api.error.ConfigurationException} names the configuration key; {@link
 * dev.condor.api.error.PluginException} covers discovery and creation of plugins; {@link
 * dev.condor.api.error.BrokerException} keeps the venue's own code and message and says whether
 * a request's outcome is unknown (so an order is never resent blindly); {@link
 * dev.condor.api.error.DataException} names the source, the endpoint or line, and the field.
 */
package dev.condor.api.error;
