/** A PST: the plan, its context, its vocabularies and its tree of volets, axes, objectives, projets and actions. */
package be.cpas.pst.domain.plan;
