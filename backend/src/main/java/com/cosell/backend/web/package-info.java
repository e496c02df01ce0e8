/**
 * Security filter chain, RFC 9457 problems, strict JSON input, trailing-slash redirects, forwarded
 * headers from trusted proxies only.
 */
@NullMarked
package com.cosell.backend.web;

import org.jspecify.annotations.NullMarked;
