/**
 * Text for people: the languages the project writes (Dutch by default for its Dutch users, English) and numbers and
 * money written as a Dutch or English reader expects them.
 */
package nl.sroi.core.text;
