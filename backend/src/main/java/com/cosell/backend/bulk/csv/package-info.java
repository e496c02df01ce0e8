/** RFC 4180 CSV: a strict UTF-8 reader that names row and column in its errors, and a formula-safe writer. */
@NullMarked
package com.cosell.backend.bulk.csv;

import org.jspecify.annotations.NullMarked;
