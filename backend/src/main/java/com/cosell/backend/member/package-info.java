/**
 * The organization's members and their Co-sell roles, as the identity provider holds them: read
 * through its admin API and, where the deployment allows it, changed there by the organization's admin.
 */
@NullMarked
package com.cosell.backend.member;

import org.jspecify.annotations.NullMarked;
