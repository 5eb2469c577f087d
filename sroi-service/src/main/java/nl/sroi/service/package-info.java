/** The runnable jar: the command line over sroi-core. */
package nl.sroi.service;
