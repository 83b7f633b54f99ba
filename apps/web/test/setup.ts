// Runs before every test file: DOM matchers (toBeInTheDocument, toHaveValue, ...) on expect.
import '@testing-library/jest-dom';
