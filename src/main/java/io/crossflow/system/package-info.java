/** Cross-cutting web plumbing: the database, error bodies, SPA routing. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.crossflow.system;
