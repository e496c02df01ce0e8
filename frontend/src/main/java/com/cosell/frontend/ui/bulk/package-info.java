/** CSV downloads of the lists and the import page. */
@NullMarked
package com.cosell.frontend.ui.bulk;

import org.jspecify.annotations.NullMarked;
