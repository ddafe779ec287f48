/** Organisations, users, capabilities, sign-in (form, SSO, API tokens) and who the caller is. */
package io.crossflow.identity;
