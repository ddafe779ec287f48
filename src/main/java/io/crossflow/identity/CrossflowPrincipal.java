package io.crossflow.identity;

/** Implemented by every authenticated principal Crossflow creates, whatever the sign-in method. */
public interface CrossflowPrincipal {

    CurrentUser currentUser();
}
