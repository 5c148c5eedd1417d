/**
 * The top of Assessor: {@link org.assessor.server.Assessor}, the composition root that builds
 * every service from concrete parts (no scanning), and {@link org.assessor.server.Server}, the
 * running server that opens what a {@link org.assessor.server.ServerConfig} names (token file,
 * engine, database), serves the services through the Grizzly listener
 * ({@code HttpListener}) and closes them again. {@code assessor serve} and the end-to-end
 * tests' servers both start here.
 */
package org.assessor.server;
