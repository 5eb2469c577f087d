/**
 * Text for people: the languages the project writes (Dutch by default for its Dutch users, English), the keyed
 * messages in both, and numbers and money written as a Dutch or English reader expects them.
 *
 * <p>Layer 1, the bottom: uses no other package of the library.
 */
package nl.sroi.core.text;
