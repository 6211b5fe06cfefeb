/**
 * The time stage: date expressions, the reference year and the timeline.
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li>The stage reads the text layer's normalized text ({@code Analysis.text()}: Simplified,
 *       half-width digits, variants folded); it never folds again. {@code DateEngine.find} normalizes
 *       a probed text the same way ({@code Normalizer}) and maps the spans back to it.</li>
 *   <li>{@code DateExtractor} finds expressions (extract): it jumps to the characters that can
 *       start one and tries only the alternatives that can start with that character (at a number,
 *       with the character after it). Each is an
 *       {@code Expr}, a sealed interface with one record per shape ({@code Expr.Calendar},
 *       {@code Plan}, {@code Vague}, {@code After}, {@code Duration}, {@code Day},
 *       {@code FromReference}, {@code Era}, {@code LunarDay}): read a field only after matching its shape.
 *       {@code DateResolver} decides what each means against the reference date, the paragraph's
 *       year and the previous date (resolve); {@code Relative} does days, weeks, quarters, decades
 *       and centuries, {@code Lunar} lunar dates, festivals and solar terms with ICU4J (loaded only
 *       when a page has one).
 *       {@link io.github.policyreport.internal.time.DateEngine#find} chains both, as the CLI's
 *       {@code dates} command and {@code Mentions.dates} see it.</li>
 *   <li>{@link io.github.policyreport.internal.time.PageDates} is a page as the stage reads it
 *       ({@code TimeStage.read}): each body paragraph's expressions, extracted once on first request
 *       with matchers bound to the page's text ({@code DateExtractor.Scanner}), and shared by the
 *       reference year and the timeline, which the pipeline hands the same {@code PageDates}. Each
 *       resolves them in its own {@code DateResolver.Context} ({@code DateEngine.resolve}).</li>
 *   <li>{@code ReferenceYear} decides what 今年 means per report: anchors (今年是“十四五”开局之年),
 *       the published date, January summaries of the year before, else the years the body reports
 *       on.</li>
 *   <li>{@code Timeline} keeps the dates that anchor an event verb ({@code Verbs} finds those of
 *       the body paragraphs in one pass and keeps their positions), moments to the minute (18日17时07分,…), and timeline-list entries; the same
 *       verb on the same day, or the same minute, is one happening.</li>
 * </ol>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>A day alone (28日) or a month-day (4月15日) without a year is the nearest one not after the
 *       reference date; after 将于/拟于 (or with 将 right after it) the next one on or after it.
 *       Listed after a date (6月8日、9日) a day takes that date's month. A day in Chinese numerals
 *       (二十八日, 十一 to 三十一) reads as 28日. An effective date (自5月1日起施行, 起实施) looks
 *       ahead: the next such date on or after the publication date.</li>
 *   <li>An hour after a day is on a 24-hour clock: 下午3时 and 晚8点 are 15:00 and 20:00; an hour
 *       without minutes (上午9时) is on the hour.</li>
 *   <li>A lunar day without its month (农历三十, 农历初一) is the nearest such day in ICU's lunar months
 *       not after the reference date (looking ahead, on or after it); a month too short is skipped.</li>
 *   <li>上旬/中旬/下旬 are days 1-10, 11-20, 21-end (a range; an event dates by the month);
 *       月初/月底/月末 and 年初 (January), 年底/年末 (December) are points at month precision;
 *       年中 (2023年中, 今年年中) is mid-year, the range June–July, only where no word goes on
 *       (2023年中国… is 2023 and 中国) and no count of years stands before it (一年中, 全年中).</li>
 *   <li>A two-digit year is the latest year ending so, at most ten years after the reference year;
 *       民國 N is 1911 + N; 初/中/末 of a decade are its years 0-3, 4-6, 7-9.</li>
 *   <li>A week runs Monday to Sunday; 周五 alone is the nearest Friday not after the reference date;
 *       每周三 is recurring and no date.</li>
 *   <li>前4个月 and 1-7月 are the year's first months (a statistics scope, never an event).</li>
 *   <li>近日/日前 are a vague range (the month before the reference date) and never date an event.</li>
 *   <li>Years stay within 1-9999: what would leave that span is left unresolved.</li>
 * </ul>
 *
 * <h2>How to add a word</h2>
 * Every word list is a UTF-8 file beside these classes: {@code event-verbs.txt},
 * {@code relative-years.txt}, {@code relative-days.txt}, {@code festivals.txt},
 * {@code year-parts.txt}, {@code vague-dates.txt}, the cue lists ({@code cutoff-words.txt},
 * {@code deadline-words.txt}, {@code goal-words.txt}, {@code comparison-words.txt},
 * {@code not-event-after.txt}, {@code future-markers.txt}, {@code verb-nouns.txt},
 * {@code since-words.txt}, {@code recurring-words.txt}). The body it reads ({@code Analysis.body()})
 * is the text layer's, cut once there at related lists, editors and comments
 * ({@code text/boilerplate.txt}), the same body the figure stage reads. Plan periods and their
 * part words ({@code text/plan-periods.txt}, {@code text/plan-parts.txt}) and the plan-year anchor
 * (今年是“十四五”开局之年) are the text layer's {@code PlanPeriods}, shared with the metadata reader. A Traditional or variant
 * character the rules must match goes in the text layer's {@code fold.txt}. Add a line; a
 * malformed one (or an unknown kind such as a relative-year base other than {@code REF}/{@code PREV})
 * fails loading with a {@code RuleException} naming its file and line. Add a table row to the
 * matching test.
 *
 * <h2>How to run the stage with other rules</h2>
 * {@link io.github.policyreport.internal.time.TimeStage} and {@code DateEngine.find} read with a
 * {@link io.github.policyreport.internal.time.TimeRules} set: {@code TimeRules.defaults()} is the
 * shipped files, loaded once on first use; {@code TimeRules.with("event-verbs.txt", lines)}
 * replaces one file's lines (start from {@code TimeRules.defaultLines(file)}, add lines read by
 * {@code RuleFile.parse}), and {@code new TimeStage(rules)} reads with them. Inside the package
 * the set travels as {@code TimeRules} to {@code Timeline}, {@code PageDates} and
 * {@code DateEngine.resolve}; no class reads rules from a static field. A {@code PageDates} read by
 * one stage is refused by a stage with other rules.
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
 *       distance: keep it so, or a megabyte of 年月日 turns quadratic. A new alternative names the
 *       characters it can start with ({@code alt(first, regex)}); a wrong set silently loses it.
 *       One that can start with a digit must begin with {@code (?<![0-9}: the scan skips a digit
 *       after a digit (loading fails otherwise). It names the characters that can follow its
 *       leading digits ({@code alt(first, afterDigits, regex)}: 年 for 2022年, the dashes for 1-4月),
 *       and at a run of digits only the alternatives that the next character can follow are tried;
 *       a character left out silently loses it ({@code DateDispatchTest} checks them against all
 *       digit alternatives), none named means any.</li>
 *   <li>No clock: the reference date is always a parameter.</li>
 *   <li>{@code PageDates} keeps expressions, never what they mean: the reference year resolves them
 *       without a year (it is deciding it), the timeline with it. A caller of
 *       {@code DateEngine.resolve} on a body paragraph takes its expressions from the page's
 *       {@code PageDates}, not from a scan of its own; only other ranges (a heading line trimmed of
 *       its bullets) are extracted anew ({@code PageDates.extract}).</li>
 *   <li>Word lists load as {@code Words}: longest first, with a trie each way, so
 *       {@code Rules.wordAt}/{@code wordBefore} walk a trie instead of trying every word; keep
 *       new lists loaded through {@code Rules.words} or they lose that.</li>
 * </ul>
 */
package io.github.policyreport.internal.time;
