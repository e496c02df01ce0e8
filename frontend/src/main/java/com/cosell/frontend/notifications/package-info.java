@NullMarked
package com.cosell.frontend.notifications;

import org.jspecify.annotations.NullMarked;
