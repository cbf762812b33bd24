// Drafts shared by the CLI and protocol tests.

/** A draft (ciw-local-authority-children) missing "Areas for development" and "Next steps". */
export const MISSING_TWO = `---
template: ciw-local-authority-children
---

# Inspection of children’s services: Cwm Aran Council

## Summary

The inspection took place in February 2026.

## About the inspection

Inspectors read twenty case files.

## Findings

The inspection looked at assessment and care planning.
`;
