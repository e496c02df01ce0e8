package com.cosell.backend.bulk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param importMaxSize  the largest CSV an import takes (a 413 beyond it)
 * @param importMaxRows  the most data rows one import takes (a 413 beyond it)
 * @param exportBatch    documents an export reads per statement
 * @param importParallelism rows of one import applied at once (each its own transaction and connection)
 */
@ConfigurationProperties("cosell.bulk")
record BulkProperties(
        @DefaultValue("10MB") DataSize importMaxSize,
        @DefaultValue("10000") int importMaxRows,
        @DefaultValue("500") int exportBatch,
        @DefaultValue("1") int importParallelism) {}
