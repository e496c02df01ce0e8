@NullMarked
package com.cosell.frontend.ui.registrations;

import org.jspecify.annotations.NullMarked;
