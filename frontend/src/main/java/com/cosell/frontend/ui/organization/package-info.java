/** The organization page: members and their roles as the identity provider has them, for the organization's admin. */
@NullMarked
package com.cosell.frontend.ui.organization;

import org.jspecify.annotations.NullMarked;
