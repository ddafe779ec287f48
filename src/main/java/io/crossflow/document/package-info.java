/**
 * Documents of a project, its work items, tasks and tickets: versions kept in an object store
 * (file system or S3), sharing with named partner organisations and the project's customers,
 * comments with @mentions, text extraction for search, and the documents a BPMN step requires.
 */
package io.crossflow.document;
