/**
 * Bulk CSV: streamed export of referral lists and deal registrations, and import of new deals and
 * changes through the same referral service the API uses.
 */
@NullMarked
package com.cosell.backend.bulk;

import org.jspecify.annotations.NullMarked;
