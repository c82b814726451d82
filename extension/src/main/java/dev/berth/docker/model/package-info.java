/**
 * The Engine API's values as Berth's client returns and takes them: records that ignore fields they do not know.
 */
package dev.berth.docker.model;
