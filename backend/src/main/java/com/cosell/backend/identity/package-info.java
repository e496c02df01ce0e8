/**
 * The {@code Caller} read from a person's or an application's token (Keycloak, Entra ID), roles, JWT
 * decoding.
 */
@NullMarked
package com.cosell.backend.identity;

import org.jspecify.annotations.NullMarked;
