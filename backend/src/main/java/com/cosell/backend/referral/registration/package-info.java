/** Deal registrations: a partner registers a won deal, the vendor's seller reviews it; both also through Partner Center's JSON Patch of the referral. */
@NullMarked
package com.cosell.backend.referral.registration;

import org.jspecify.annotations.NullMarked;
