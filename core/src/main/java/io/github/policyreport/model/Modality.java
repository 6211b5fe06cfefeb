package io.github.policyreport.model;

/**
 * What kind of forward-looking statement a {@link Target} is: a goal to reach (力争, 确保, 目标),
 * a plan to carry out (将, 计划, 规划), or an expectation (预计, 有望).
 */
public enum Modality { GOAL, PLAN, FORECAST }
