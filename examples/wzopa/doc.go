// Package wzopa screens a household for the benefits of 温政发〔2022〕6号
// (九、30, 免申直享) with the welfare rules written in Open Policy Agent's
// Rego, evaluated with a prepared query, so that the library can be
// compared with the peer engine a user would otherwise pick: the same
// grants, and what they cost.
//
// The policy (policy/*.rego, embedded) covers every claim of
// welfare.Evaluator.Assess ([Covered]), each following the library's rule as
// the book states it, with the take-the-higher choices of 附则2. Money is
// exact: amounts are read in fen from their decimal text and computed as
// integers, since OPA computes a number with a fraction as a binary float.
//
// # Screening
//
//	s, err := wzopa.New(ctx)
//	grants, err := s.Screen(ctx, household, standards, on)
//
// [Screener.Screen] takes a welfare.Household or its JSON; [Input] converts
// one ahead, for [Screener.ScreenInput].
package wzopa
