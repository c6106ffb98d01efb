package dev.condor.core.store;

import dev.condor.api.error.DataException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/** Opens the store's embedded DuckDB: one in-memory database per store, files read and written by path. */
final class DuckDb {

  private DuckDb() {}

  static DuckDBConnection open(Path root) {
    try {
      return (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
    } catch (LinkageError e) {
      // an embedder on the class path excluded the dependency
      throw DataException.of(DataException.Kind.UNAVAILABLE, "historical-store").field("duckdb")
          .detail("add org.duckdb:duckdb_jdbc to use the historical store (" + e + ")").cause(e)
          .build();
    } catch (SQLException e) {
      throw DataException.of(DataException.Kind.UNAVAILABLE, "historical-store").field("duckdb")
          .detail("cannot start embedded DuckDB for " + root + ": " + e.getMessage()).cause(e)
          .build();
    }
  }
}
