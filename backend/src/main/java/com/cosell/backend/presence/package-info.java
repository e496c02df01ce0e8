/**
 * Who has which deal open, shown to every party to it and nobody else, across every backend
 * instance: heartbeats travel by PostgreSQL NOTIFY, each instance keeps the same soft state and lets
 * silent views expire.
 */
@NullMarked
package com.cosell.backend.presence;

import org.jspecify.annotations.NullMarked;
