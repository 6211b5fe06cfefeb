/**
 * The time stage: date expressions, the reference year and the timeline.
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li>{@link io.github.policyreport.internal.time.Rules} folds the text one character for one
 *       (full-width digits, the Traditional forms of the date words), so offsets never move.</li>
 *   <li>{@code DateExtractor} finds expressions (extract); {@code DateResolver} decides what each
 *       means against a reference year, the paragraph's year and the previous date (resolve).
 *       {@link io.github.policyreport.internal.time.DateEngine#find} chains both, as the CLI's
 *       {@code dates} command and {@code Mentions.dates} see it.</li>
 *   <li>{@code ReferenceYear} decides what 今年 means per report: anchors (今年是“十四五”开局之年),
 *       the published date, January summaries of the year before, else the years the body reports
 *       on.</li>
 *   <li>{@code Timeline} keeps the dates that anchor an event verb, and timeline-list entries.</li>
 * </ol>
 *
 * <h2>How to add a word</h2>
 * Every word list is a UTF-8 file beside these classes: {@code event-verbs.txt},
 * {@code relative-years.txt}, {@code year-parts.txt}, {@code plan-periods.txt},
 * {@code plan-parts.txt}, {@code vague-dates.txt}, the cue lists ({@code cutoff-words.txt},
 * {@code deadline-words.txt}, {@code goal-words.txt}, {@code comparison-words.txt},
 * {@code not-event-after.txt}, {@code future-markers.txt}, {@code verb-nouns.txt},
 * {@code since-words.txt}, {@code recurring-words.txt}),
 * {@code boilerplate-markers.txt} and {@code variants.txt}. Add a line; a malformed one fails
 * loading with its file and line number. Add a table row to the matching test.
 *
 * <h2>Traps</h2>
 * <ul>
 *   <li>The timeline reads each paragraph isolated, at most {@code maxMentionsPerSentence} date
 *       expressions per sentence; windows and descriptions end on code-point boundaries
 *       ({@code CodePoints}). A resolved year must stay in 1–9999 (去年 of 9999 is no year).</li>
 *   <li>Never invent precision: 9月底 is {@code yyyy-09}, 十四五 is a range, 近日 is a month at best.
 *       Only 年底/年初 name a month by convention.</li>
 *   <li>A month without a year takes the year of an earlier date in the same paragraph, never of
 *       another paragraph (2022年,…。 / 9月底即将通车 is next year's September).</li>
 *   <li>Durations (近三年), cut-offs (截止11月底), deadlines (到2025年), goals (力争…), comparisons
 *       (比2013年), period starts (去年以来, 自…以来), recurring dates (每年9月), statistic periods (1-4月, 上半年, 2020年度), names in
 *       《》 and page timestamps are never events.</li>
 *   <li>Every pattern alternative is of bounded length, and every look-around reaches a bounded
 *       distance: keep it so, or a megabyte of 年月日 turns quadratic.</li>
 *   <li>No clock: the reference date is always a parameter.</li>
 * </ul>
 */
package io.github.policyreport.internal.time;
