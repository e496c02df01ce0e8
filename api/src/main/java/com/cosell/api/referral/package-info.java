/**
 * The Partner Center referral as it travels on the API, and the wire values (status, substatus, stage,
 * type, direction, sales stage, assistance request) both apps name it by. Shape only: the rules that
 * act on it (lifecycle, validation, storage) are the backend's.
 */
@NullMarked
package com.cosell.api.referral;

import org.jspecify.annotations.NullMarked;
