/** An organization's members as the API shows them. */
@NullMarked
package com.cosell.api.member;

import org.jspecify.annotations.NullMarked;
