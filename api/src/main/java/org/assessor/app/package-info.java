/**
 * The composition root: {@link org.assessor.app.Engine} builds every engine component from an
 * {@link org.assessor.app.EngineConfig}, with constructor injection and no scanning. The
 * command line, the server and the end-to-end tests share it.
 */
package org.assessor.app;
