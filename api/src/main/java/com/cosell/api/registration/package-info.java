/** Deal registrations as the API shows them: a won deal registered for the vendor's review, and the forms that submit and review it. */
@NullMarked
package com.cosell.api.registration;

import org.jspecify.annotations.NullMarked;
