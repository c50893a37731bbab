/**
 * Reminder templates: {@link io.github.receivables.reminders.template.TemplateEngine} renders
 * Mustache templates (built in for es-CL, es, en and pt-BR in three tones, overridable by the
 * host) against {@link io.github.receivables.reminders.template.TemplateModel}, checks field
 * names at load, formats amounts and dates per locale, counts SMS segments and warns about
 * wording that consumer collection law forbids.
 */
package io.github.receivables.reminders.template;
