/** Value types and the exceptions every module may throw; no behaviour, no dependencies. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.crossflow.shared;
