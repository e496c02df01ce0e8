@NullMarked
package com.cosell.backend.web;

import org.jspecify.annotations.NullMarked;
