package com.cosell.api.referral;

/**
 * Who of the organization owns a referral (a {@link Referral}'s {@code owner}, Co-sell's own, added on
 * reading; absent when nobody does): a person's id as the identity provider gives it, and their name.
 */
public record Owner(String id, String name) {}
