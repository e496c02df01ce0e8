/**
 * Who owns each referral of an organization: the creator by default, the organization's routing
 * rules for a received one (by country or region and solution, one owner or a round-robin group, turns taken
 * in the database), assignment and hand-over by the admins and the owner, each change written with
 * its event and the new owner's notification in one transaction; notifications about an owned
 * referral are addressed to its owner and the admins.
 */
@NullMarked
package com.cosell.backend.owner;

import org.jspecify.annotations.NullMarked;
