/**
 * The migration language: grammar, AST, checker, compiler to engine calls, Groovy hooks.
 *
 * <p>This module has no code yet; see {@code dsl/ARCHITECTURE.md} for what will live here.
 */
package io.dsmig.dsl;
